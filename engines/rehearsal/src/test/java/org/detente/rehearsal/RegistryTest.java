package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.detente.rehearsal.agents.BuiltInAgents;

class RegistryTest {
    @Test
    void builtInNamesAndServiceLoaderAgents() {
        var reg = BuiltInAgents.registry();
        assertThat(reg.names()).contains("boulware", "linear", "conceder", "hardliner", "tit-for-tat", "random",
                "improviser", "strategist", "agentk", "hardheaded", "cuhkagent", "atlas3", "nice-tit-for-tat", "test-plugin");
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> BuiltInAgents.registry().get("boulwar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown agent 'boulwar'")
                .hasMessageContaining("boulware, linear, conceder");
    }
}
