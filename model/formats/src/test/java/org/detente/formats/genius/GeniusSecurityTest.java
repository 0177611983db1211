package org.detente.formats.genius;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.detente.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCTYPEs and entities are refused; nothing they name is read or echoed. */
class GeniusSecurityTest {
    @TempDir
    Path dir;

    private static final String SECRET = "TOP-SECRET-4f1c9e";

    private Path secret() throws Exception {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    private void assertRefused(Path file) {
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusXml.readDomain(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(file.toString() + ":").contains("DOCTYPE").contains("not allowed")
                .doesNotContain(SECRET);
        assertThat(e.line()).isPositive();
        Throwable t = e;
        while (t != null) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
            t = t.getCause();
        }
    }

    @Test
    void anExternalEntityInContentIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE negotiation_template [<!ENTITY xxe SYSTEM "%s">]>
                <negotiation_template><utility_space><objective index="0" name="&xxe;">
                <issue index="1" name="a" type="discrete"><item index="1" value="&xxe;"/></issue>
                </objective></utility_space></negotiation_template>
                """.formatted(secret().toUri()));
        assertRefused(file);
    }

    @Test
    void anExternalParameterEntityIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("pe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY % p SYSTEM "%s"> %p;]>
                <utility_space/>
                """.replace("%s", secret().toUri().toString()));
        assertRefused(file);
    }

    @Test
    void anExternalDtdIsRefused() throws Exception {
        Path dtd = Files.writeString(dir.resolve("x.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
        Path file = Files.writeString(dir.resolve("dtd.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE utility_space SYSTEM "%s">
                <utility_space><objective index="0" name="&leak;"/></utility_space>
                """.formatted(dtd.toUri()));
        assertRefused(file);
    }

    @Test
    void nothingANetworkEntityNamesIsFetched() throws Exception {
        try (var server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            String[] docs = {
                "<!DOCTYPE u [<!ENTITY e SYSTEM \"" + url + "\">]><utility_space>&e;</utility_space>",
                "<!DOCTYPE u [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><utility_space/>",
                "<!DOCTYPE u SYSTEM \"" + url + "\"><utility_space/>"};
            for (int i = 0; i < docs.length; i++) {
                Path file = Files.writeString(dir.resolve("net" + i + ".xml"), docs[i]);
                assertThat(catchThrowableOfType(InputException.class, () -> GeniusXml.readDomain(file)))
                        .isNotNull();
            }
            assertThatThrownBy(server::accept).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void anUndeclaredEntityIsRefusedWithoutDoctype() throws Exception {
        Path file = Files.writeString(dir.resolve("ent.xml"), """
                <utility_space><objective index="0" name="&leak;"/></utility_space>
                """);
        InputException e = catchThrowableOfType(InputException.class, () -> GeniusXml.readDomain(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(file + ":1:").containsIgnoringCase("entit");
    }
}
