package org.pvdm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutTest {

    @Test
    void jacksonReadsBackExactlyWhatWasWritten() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "we\"ird\\ \n\t\u0001 \u2028 é");
        m.put("n", 42);
        m.put("big", 1L << 40);
        m.put("ratio", 1.5);
        m.put("ok", true);
        m.put("none", null);
        m.put("empty", List.of());
        m.put("emptyMap", Map.of());
        m.put("list", List.of(Map.of("a", 1), "x", List.of(1, 2)));
        String text = JsonOut.write(List.of(m, m));
        JsonNode back = Json.MAPPER.readTree(text);
        assertEquals(Json.MAPPER.valueToTree(List.of(m, m)), back);
    }

    @Test
    void otherValuesGoToJacksonUnchanged() throws Exception {
        record R(String a, int b) {}
        List<Object> values = new ArrayList<>();
        values.add(new R("x", 1));
        values.add(Double.NaN);
        assertEquals(Json.write(values), JsonOut.write(values));
    }
}
