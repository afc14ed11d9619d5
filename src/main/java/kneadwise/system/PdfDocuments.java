package kneadwise.system;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a page template to PDF, so a download says exactly what the page says. The template gets {@code pdf = true}
 * and the print stylesheet as {@code pdfStyles}, since the renderer does not fetch the site's stylesheet.
 */
@Component
public class PdfDocuments {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final String PRINT_STYLES = "static/css/print-document.css";

    private final ITemplateEngine templates;
    private final String styles;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.styles = readStyles();
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariables(variables);
        context.setVariable("pdf", true);
        context.setVariable("pdfStyles", styles);
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", failed);
        }
        return pdf.toByteArray();
    }

    private static String readStyles() {
        try (InputStream in = new ClassPathResource(PRINT_STYLES).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException("The print stylesheet " + PRINT_STYLES + " is missing", missing);
        }
    }
}
