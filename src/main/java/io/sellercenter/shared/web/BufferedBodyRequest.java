package io.sellercenter.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/** A request whose body was read ahead: the bytes read, then whatever the client had not sent yet. */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final InputStream body;
    private final long length;
    private boolean ended;

    /** {@code length} is the whole body's, or -1 when the client did not say (chunked). */
    BufferedBodyRequest(HttpServletRequest request, byte[] head, InputStream rest, long length) {
        super(request);
        this.body = new SequenceInputStream(new ByteArrayInputStream(head), rest);
        this.length = length;
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                var b = body.read();
                ended |= b < 0;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                var n = body.read(b, off, len);
                ended |= n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                return ended;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return (int) Math.min(length, Integer.MAX_VALUE);
    }

    @Override
    public long getContentLengthLong() {
        return length;
    }
}
