package org.landscapelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindTest {
    @TempDir Path dir;

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("f.json"), json);
    }

    @Test
    void theFormatFieldTellsWhatAFileIs() throws IOException {
        assertThat(FileKind.of(file("{\"format\": \"landscape-lab/session\"}"))).isEqualTo(FileKind.SESSION);
        assertThat(FileKind.of(file("{\"format\": \"landscape-lab/manifest\"}"))).isEqualTo(FileKind.MANIFEST);
        assertThat(FileKind.of(file("{\"format\": \"landscape-lab/scenario\"}"))).isEqualTo(FileKind.SCENARIO);
        assertThat(FileKind.of(file("{\"format\": \"landscape-lab/landscape\", \"expression\": \"x^2\"}"))).isEqualTo(FileKind.LANDSCAPE);
        assertThat(FileKind.of(file("{\"expression\": \"x^2\"}"))).isEqualTo(FileKind.LANDSCAPE);
    }

    @Test
    void aFileThatIsNotOursSaysWhy() throws IOException {
        Path notJson = file("not json");
        assertThatThrownBy(() -> FileKind.of(notJson)).isInstanceOf(IOException.class).hasMessageStartingWith("f.json is not a JSON file: ");
        Path array = file("[1, 2]");
        assertThatThrownBy(() -> FileKind.of(array)).isInstanceOf(IOException.class)
                .hasMessage("f.json is not a Landscape Lab file (expected a JSON object)");
        Path noExpression = file("{\"name\": \"x\"}");
        assertThatThrownBy(() -> FileKind.of(noExpression)).isInstanceOf(IOException.class)
                .hasMessage("f.json is not a Landscape Lab file (no \"format\" and no \"expression\")");
        Path newer = file("{\"format\": \"landscape-lab/notebook\"}");
        assertThatThrownBy(() -> FileKind.of(newer)).isInstanceOf(IOException.class)
                .hasMessage("f.json has the format \"landscape-lab/notebook\", which this version cannot open");
    }
}
