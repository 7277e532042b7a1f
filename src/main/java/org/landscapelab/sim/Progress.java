package org.landscapelab.sim;

/** Progress reporting and cancellation for long computations; called from worker threads. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units finished. */
    void update(long done, long total);

    /** Whether the work should stop; workers check it between particles. */
    boolean cancelled();
}
