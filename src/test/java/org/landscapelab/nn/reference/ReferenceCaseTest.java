package org.landscapelab.nn.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.ReferenceData;

/** An edited reference case is refused when read, naming the field; nothing is left for evaluate() to trip on. */
class ReferenceCaseTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path transformerCase() {
        return ReferenceData.cases("networks").stream().filter(p -> p.getFileName().toString().startsWith("03_")).findFirst().orElseThrow();
    }

    static ReferenceCaseException edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(transformerCase().toFile());
        edit.accept(root);
        byte[] bytes = JSON.writeValueAsBytes(root);
        try {
            ReferenceCase.read(bytes, "edited.json");
        } catch (ReferenceCaseException e) {
            return e;
        }
        throw new AssertionError("the edited case was accepted");
    }

    @Test
    void gradsShorterThanTheLayers() throws Exception {
        ReferenceCaseException e = edited(r -> ((ArrayNode) r.get("grads")).remove(1));
        assertThat(e.getMessage()).isEqualTo("edited.json: field 'grads': expected a list of 2 entries, one per layer (spec.depth), got a list of 1");
    }

    @Test
    void anEmptyProbesList() throws Exception {
        assertThat(edited(r -> r.putArray("probes")).field()).isEqualTo("probes");
        assertThat(edited(r -> ((ArrayNode) r.get("probes")).set(0, JSON.createObjectNode())).getMessage())
                .isEqualTo("edited.json: field 'probes[0]': expected at least one of mean_token_cosine, stable_rank, residual_ratio, effective_rank");
        assertThat(edited(r -> ((ObjectNode) r.get("probes").get(1)).remove("stable_rank")).getMessage())
                .startsWith("edited.json: field 'probes[1]': expected the names of probes[0]");
        assertThat(edited(r -> ((ObjectNode) r.get("probes").get(0)).put("rank", 1)).field()).isEqualTo("probes[0].rank");
    }

    @Test
    void missingFields() throws Exception {
        assertThat(edited(r -> r.remove("loss")).getMessage()).isEqualTo("edited.json: field 'loss': missing");
        assertThat(edited(r -> ((ObjectNode) r.get("spec")).remove("width")).field()).isEqualTo("spec.width");
        assertThat(edited(r -> ((ObjectNode) r.get("grads").get(1)).remove("W2")).field()).isEqualTo("grads[1].W2");
        assertThat(edited(r -> r.remove("target")).field()).isEqualTo("target");
        assertThat(edited(r -> ((ObjectNode) r.get("grad_norms").get(0)).remove("Wq")).field()).isEqualTo("grad_norms[1]");
    }

    @Test
    void wrongShapesAndValues() throws Exception {
        assertThat(edited(r -> ((ArrayNode) r.get("layers").get(0).get("Wq")).remove(0)).getMessage())
                .isEqualTo("edited.json: field 'layers[0].Wq': expected 8 x 8, got 7 x 8");
        assertThat(edited(r -> ((ArrayNode) r.get("grads").get(1).get("b1")).add(1.0)).getMessage())
                .isEqualTo("edited.json: field 'grads[1].b1': expected 1 x 32, got 1 x 33");
        assertThat(edited(r -> ((ArrayNode) r.get("output").get(2)).remove(0)).field()).isEqualTo("output[2]");
        assertThat(edited(r -> ((ArrayNode) r.get("target")).remove(0)).getMessage()).contains("'target': expected 10 x 8, got 9 x 8");
        assertThat(edited(r -> ((ArrayNode) r.get("input")).remove(0)).getMessage()).contains("'input': expected a multiple of 10 rows");
        assertThat(edited(r -> ((ArrayNode) r.get("layers").get(1).get("W1").get(0)).set(3, JSON.getNodeFactory().textNode("x")))
                .field()).isEqualTo("layers[1].W1[0][3]");
        assertThat(edited(r -> r.put("loss", "16")).getMessage()).isEqualTo("edited.json: field 'loss': expected a finite number, got string \"16\"");
        assertThat(edited(r -> r.put("kind", "cnn")).getMessage()).contains("unknown kind 'cnn'");
        assertThat(edited(r -> ((ObjectNode) r.get("spec")).put("heads", 3)).getMessage())
                .isEqualTo("edited.json: field 'spec': width must be a multiple of heads, got width 8 and 3 heads");
        assertThat(edited(r -> ((ObjectNode) r.get("spec")).put("width", 100_000)).getMessage()).contains("more than the limit of 268,435,456");
        assertThat(edited(r -> ((ObjectNode) r.get("spec")).put("depth", 2.5)).field()).isEqualTo("spec.depth");
    }

    @Test
    void damagedFiles(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ReferenceCase.read("".getBytes(StandardCharsets.UTF_8), "e.json")).hasMessage("e.json: the file is empty");
        assertThatThrownBy(() -> ReferenceCase.read("{\"kind\": \"mlp\"".getBytes(StandardCharsets.UTF_8), "t.json"))
                .isInstanceOf(ReferenceCaseException.class).hasMessageStartingWith("t.json: not valid JSON");
        assertThatThrownBy(() -> ReferenceCase.read("[1]".getBytes(StandardCharsets.UTF_8), "a.json")).hasMessage("a.json: expected a JSON object");
        assertThatThrownBy(() -> ReferenceCase.read(dir.resolve("none.json"))).hasMessageStartingWith("none.json: cannot read");
        Path dup = dir.resolve("dup.json");
        Files.writeString(dup, "{\"kind\": \"mlp\", \"kind\": \"transformer\"}");
        assertThatThrownBy(() -> ReferenceCase.read(dup)).hasMessageContaining("Duplicate field 'kind'");
    }
}
