package org.landscapelab.landscape;

/** How values map to colours: linearly, or logarithmically for landscapes spanning decades. */
public enum ColorScale { LINEAR, LOG }
