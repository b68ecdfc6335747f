package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeNameTest {

    @Test
    void aNodeIsNamedAsConfiguredWithASuffixOfItsOwn() {
        var first = new NodeName("app-2.eu_west");
        var second = new NodeName("app-2.eu_west");
        assertThat(first.value()).matches("app-2\\.eu_west-[0-9a-f]{8}");
        assertThat(second.value()).startsWith("app-2.eu_west-").isNotEqualTo(first.value());
    }

    @Test
    void aNameThatIsNotOneWordOfHostNameCharactersStopsTheStart() {
        for (var bad : new String[] {"", "app 2", "app/2", "nœud", "n".repeat(41), "app-2\n"}) {
            assertThatThrownBy(() -> new NodeName(bad)).as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tasksync.node.name");
        }
        assertThat(new NodeName("n".repeat(40)).value()).hasSize(49);
    }
}
