package kneadwise.system;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
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
 * and the print stylesheet as {@code pdfStyles}, since the renderer does not fetch the site's stylesheet. The PDF is on
 * US Letter paper and tagged for screen readers (PDF/UA: structure, language, title); PDF/UA needs every font embedded,
 * so the text is set in DejaVu Sans, kept in the jar ({@code kneadwise/fonts}, with its licence).
 */
@Component
public class PdfDocuments {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final String PRINT_STYLES = "static/css/print-document.css";

    /** The family the print stylesheet names. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final String styles;
    private final byte[] regular;
    private final byte[] bold;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.styles = new String(read(PRINT_STYLES), StandardCharsets.UTF_8);
        this.regular = read("kneadwise/fonts/DejaVuSans.ttf");
        this.bold = read("kneadwise/fonts/DejaVuSans-Bold.ttf");
    }

    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.US);
        context.setVariables(variables);
        context.setVariable("pdf", true);
        context.setVariable("pdfStyles", styles);
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Kneadwise");
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", failed);
        }
        return pdf.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException missing) {
            throw new UncheckedIOException(resource + " is missing from the jar", missing);
        }
    }
}
