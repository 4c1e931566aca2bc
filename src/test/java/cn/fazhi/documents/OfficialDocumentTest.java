package cn.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import cn.fazhi.platform.web.UserFacingException;

/** A document that cannot be printed is refused with a message the user can read. */
class OfficialDocumentTest {

    @Test
    void refusesBadInputWithAMessageKeyInBothLanguages() throws IOException {
        List<Block> withNull = new ArrayList<>();
        withNull.add(null);
        assertRefused(() -> OfficialDocument.of(" ", List.of()), "documents.error.titleRequired");
        assertRefused(() -> OfficialDocument.of(null, List.of()), "documents.error.titleRequired");
        assertRefused(() -> OfficialDocument.of("标题", null), "documents.error.blocksRequired");
        assertRefused(() -> OfficialDocument.of("标题", withNull), "documents.error.blockMissing");
        assertRefused(() -> new Block.Heading(5, "五、"), "documents.error.headingLevel");
        assertRefused(() -> new Block.Paragraph(" "), "documents.error.textRequired");
        assertRefused(() -> new Block.Fields(List.of()), "documents.error.fieldsRequired");
        assertRefused(() -> new Block.Field("", "值"), "documents.error.textRequired");
        assertRefused(() -> new Block.SignatureLines(List.of("甲方", " ")), "documents.error.partiesRequired");
    }

    @Test
    void blankOptionalPartsAreLeftOut() {
        OfficialDocument doc = new OfficialDocument(" ", "", " 标题 ", List.of(), null, null);
        assertThat(doc.issuer()).isNull();
        assertThat(doc.documentNumber()).isNull();
        assertThat(doc.title()).isEqualTo("标题");
    }

    @Test
    void plainTextWritesTheDateWithoutLeadingZeros() {
        String text = new Documents(DocumentProperties.defaults()).plainText(SampleDocuments.mediationAgreement());
        assertThat(text).startsWith("人民调解协议书\n咸安调〔2024〕12号\n甲方：张某某")
                .endsWith("咸安区温泉街道人民调解委员会\n2024年3月5日");
    }

    private static void assertRefused(Executable action, String key) throws IOException {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.status().value()).isEqualTo(400);
        });
        assertThat(bundle("documents.properties").getProperty(key)).isNotBlank();
        assertThat(bundle("documents_en.properties").getProperty(key)).isNotBlank();
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = OfficialDocumentTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
