package org.landscapelab.io;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.landscapelab.sim.Progress;

/** Frames and progress for the animation writers' tests (GIF and MP4). */
final class AnimationFrames {
    private AnimationFrames() {}

    /** A dark frame with a red bar at x = 4i (wrapping at the width), so that consecutive frames differ. */
    static BufferedImage frame(int w, int h, int i) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 30, 40));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(4 * i % w, 0, 3, h);
        g.dispose();
        return image;
    }

    /** Records progress; cancels once {@code cancelAfter} frames are done. */
    static Progress progress(List<long[]> reported, int cancelAfter) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                reported.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return reported.size() >= cancelAfter;
            }
        };
    }
}
