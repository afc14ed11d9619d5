package kneadwise.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** What every PDF Kneadwise makes must be: on US Letter paper, tagged for screen readers (PDF/UA), fonts embedded. */
public final class PdfChecks {

    private PdfChecks() {}

    public static void assertLetterTaggedAndEmbedded(PDDocument document) throws IOException {
        assertThat(document.getNumberOfPages()).isPositive();
        for (PDPage page : document.getPages()) {
            PDRectangle size = page.getMediaBox();
            assertThat(size.getWidth()).as("Letter width, 8.5 in").isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(size.getHeight()).as("Letter height, 11 in").isEqualTo(PDRectangle.LETTER.getHeight());
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded())
                        .as("font " + font.getName() + " embedded")
                        .isTrue();
            }
        }
        var catalog = document.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).as("a tagged PDF").isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getStructureTreeRoot()).as("its structure tree").isNotNull();
        assertThat(catalog.getLanguage()).as("its language").startsWith("en");
        assertThat(document.getDocumentInformation().getTitle()).as("its title").isNotBlank();
        assertThat(catalog.getViewerPreferences().displayDocTitle())
                .as("viewers show the title, not the file name (PDF/UA)")
                .isTrue();
        assertThat(catalog.getMetadata()).as("PDF/UA identification in XMP").isNotNull();
        assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("pdfuaid");
    }
}
