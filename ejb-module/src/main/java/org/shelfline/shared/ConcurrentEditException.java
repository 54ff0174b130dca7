package org.shelfline.shared;

/** Someone else saved the same thing since this user opened it; nothing was overwritten. */
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
