package kneadwise.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an HTML form shows: what was saved, or what was just typed when it needs correcting. Templates ask
 * {@code form.value('age')} and {@code form.has('finding', 'PREGNANCY')}; a name never given reads as empty.
 */
public final class FormValues {

    private final Map<String, List<String>> values;

    public FormValues(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String value(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? "" : given.get(0);
    }

    public boolean has(String name, Object value) {
        return values.getOrDefault(name, List.of()).contains(String.valueOf(value));
    }

    public static final class Builder {
        private final Map<String, List<String>> values = new HashMap<>();

        public Builder put(String name, Object value) {
            values.put(name, List.of(String.valueOf(value)));
            return this;
        }

        public Builder putAll(String name, List<String> all) {
            values.put(name, List.copyOf(all));
            return this;
        }

        public FormValues build() {
            return new FormValues(values);
        }
    }
}
