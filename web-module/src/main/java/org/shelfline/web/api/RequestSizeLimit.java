package org.shelfline.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body under /api may be larger than {@link #MAX_BYTES}: a longer one is refused (413) before it
 * is mapped, from its Content-Length when it says one, else as soon as reading passes the limit. The largest
 * real body, an order of 200 lines, is about 12 KB; without the cap a client could have megabytes of lines
 * read and mapped to objects before the 200-line rule even looks at them.
 */
@Provider
public class RequestSizeLimit implements ReaderInterceptor {

    public static final int MAX_BYTES = 64 * 1024;

    /**
     * A refused body up to this size is read to its end (and thrown away) before the answer: many HTTP
     * clients read no answer until they have sent the whole body, and would see a closed connection instead
     * of the 413. Larger ones are refused without reading on.
     */
    static final int DRAINED_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared)) {
            throw tooLarge(context.getInputStream());
        }
        Limited limited = new Limited(context.getInputStream());
        context.setInputStream(limited);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // The JSON reader wraps what the stream threw; the overflow is what the client must hear.
            if (limited.overflowed) {
                throw tooLarge(limited.source);
            }
            throw e;
        }
    }

    private static boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static WebApplicationException tooLarge(InputStream rest) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[8192];
        for (int n; skipped < DRAINED_BYTES && (n = rest.read(buffer)) > 0; ) {
            skipped += n;
        }
        return new WebApplicationException(413);
    }

    private static final class Limited extends FilterInputStream {

        private final InputStream source;
        private long read;
        private boolean overflowed;

        Limited(InputStream in) {
            super(in);
            this.source = in;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > MAX_BYTES) {
                overflowed = true;
                throw new IOException("request body over " + MAX_BYTES + " bytes");
            }
        }
    }
}
