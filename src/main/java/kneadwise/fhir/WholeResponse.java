package kneadwise.fhir;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR answer collected in memory and sent in one write with its length. HAPI's JSON writer hands the servlet many
 * small pieces, and each passed through the security and session filters' response wrappers on its way to Tomcat;
 * one write instead made a 20-entry search Bundle several times cheaper (docs/benchmarks/fhir.md). Every answer is
 * already built whole in memory as resources, so holding its bytes costs little more.
 */
final class WholeResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private @Nullable PrintWriter writer;
    private @Nullable ServletOutputStream stream;

    WholeResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String named = getCharacterEncoding();
            Charset charset = named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("FHIR answers are written whole");
                }
            };
        }
        return stream;
    }

    @Override
    public void flushBuffer() {
        // nothing reaches the client before send(); the whole answer goes at once
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
    public void reset() {
        super.reset();
        body.reset();
    }

    /** Sends what was written, with its length. */
    void send() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (body.size() > 0) {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
        }
    }
}
