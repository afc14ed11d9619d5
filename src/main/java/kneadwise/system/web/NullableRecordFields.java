package kneadwise.system.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import kneadwise.system.ApiSchemas;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells springdoc which fields of an answer may be null. The answers are records whose nullable components carry
 * JSpecify's {@code @Nullable} (a type-use annotation springdoc does not read), and in OpenAPI 3.1 a field that may be
 * null must say so ({@code "type": ["string", "null"]}), or a client validating answers refuses them.
 */
@Component
class NullableRecordFields implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = rawClass(type);
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            Schema defined = context.getDefinedModels().get(name);
            if (defined == null) {
                return resolved;
            }
            model = defined;
        }
        if (model.getProperties() == null) {
            return resolved;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                continue;
            }
            Object property = model.getProperties().get(component.getName());
            if (property instanceof Schema<?> schema) {
                model.getProperties().put(component.getName(), ApiSchemas.orNull(schema));
            }
        }
        return resolved;
    }

    private static @Nullable Class<?> rawClass(AnnotatedType type) {
        if (type.getType() instanceof Class<?> plain) {
            return plain;
        }
        if (type.getType() instanceof JavaType java) {
            return java.getRawClass();
        }
        JavaType constructed = Json.mapper().constructType(type.getType());
        return constructed == null ? null : constructed.getRawClass();
    }
}
