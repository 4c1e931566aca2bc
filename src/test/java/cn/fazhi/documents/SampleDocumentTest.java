package cn.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Prints a 人民调解协议书 and a 行政复议决定书 to target/documents for a person to look at; when poppler's pdftoppm is
 * installed, page 1 of each is also rendered as PNG.
 */
class SampleDocumentTest {

    private static final Path OUT = Path.of("target", "documents");

    private final Documents documents = new Documents(DocumentProperties.defaults());

    @Test
    void writesSampleDocuments() throws Exception {
        Files.createDirectories(OUT);
        write("sample", SampleDocuments.mediationAgreement());
        write("decision", SampleDocuments.longDecision(12));
    }

    private void write(String name, OfficialDocument doc) throws IOException, InterruptedException {
        Path docx = Files.write(OUT.resolve(name + ".docx"), documents.docx(doc));
        Path pdf = Files.write(OUT.resolve(name + ".pdf"), documents.pdf(doc));
        assertThat(Files.size(docx)).isPositive();
        assertThat(Files.size(pdf)).isPositive();
        try (var old = Files.newDirectoryStream(OUT, name + "-*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "60", pdf.toString(),
                    OUT.resolve(name).toString()).inheritIO().start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
