package org.shelfline.shared;

import java.lang.reflect.Field;

/** Gives an entity the id the database would have given it, for plain unit tests of its rules. */
public final class TestIds {

    private TestIds() {}

    public static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entity.getClass() + " has no id field", e);
        }
    }
}
