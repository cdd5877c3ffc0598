package io.sportello.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The constants the screens' annotations use are exactly the roles. */
class RoleNamesTest {

    @Test
    void everyRoleHasItsNameConstantAndNoConstantIsARoleThatDoesNotExist() throws IllegalAccessException {
        java.util.Set<String> constants = new java.util.TreeSet<>();
        for (Field f : Role.Names.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
                constants.add(f.getName());
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
    }
}
