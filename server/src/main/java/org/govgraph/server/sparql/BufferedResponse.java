package org.govgraph.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response held back in memory: Fuseki's answer to a write is kept until the write has
 * become a release (or has been refused), so that a client never reads "success" for a
 * write the platform then failed to publish. Headers and status pass through; the body and
 * any error wait for {@link #send}.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = 200;
    private String errorMessage;
    private PrintWriter writer;
    /** Held too: a length set for the held body must not reach a client that may get a refusal instead. */
    private long contentLength = -1;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    int status() {
        return status;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        errorMessage = msg == null ? "" : msg;
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public void setContentLength(int len) {
        contentLength = len;
    }

    @Override
    public void setContentLengthLong(long len) {
        contentLength = len;
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            contentLength = Long.parseLong(value.strip());
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        // Held until send().
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("synchronous writes only");
            }
        };
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }

    /** Sends what was held to the client. */
    void send() throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (errorMessage != null) {
            response.sendError(status, errorMessage.isEmpty() ? "The write failed" : errorMessage);
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        response.setStatus(status);
        if (contentLength >= 0) {
            response.setContentLengthLong(contentLength);
        }
        body.writeTo(response.getOutputStream());
    }
}
