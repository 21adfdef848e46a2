package io.sellercenter.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives the request's turn back ({@link RequestAdmission}) once its body outgrows the response buffer: what is left then
 * is sending the bytes, at the client's pace, and a slow download must not keep other requests waiting. A response that
 * fits the buffer (most API answers) and pages written through {@link #getWriter()} keep their turn to the end, so the
 * number of requests at work stays the admitted one.
 */
final class TurnReturningResponse extends HttpServletResponseWrapper {

    private final Runnable giveBack;
    private ServletOutputStream out;

    TurnReturningResponse(HttpServletResponse response, Runnable giveBack) {
        super(response);
        this.giveBack = giveBack;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new Stream(super.getOutputStream());
        }
        return out;
    }

    private final class Stream extends ServletOutputStream {

        private final ServletOutputStream out;

        Stream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            givenBackOnceCommitted();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            givenBackOnceCommitted();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }

        private void givenBackOnceCommitted() {
            if (isCommitted()) {
                giveBack.run();
            }
        }
    }
}
