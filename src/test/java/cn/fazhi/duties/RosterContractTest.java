package cn.fazhi.duties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.fazhi.IntegrationTest;

/**
 * The contract of issue 16: the demo year's roster holds the seed's 78 units (65 district bodies and 13 township
 * governments, the organisers left out), and the two new roles exist with their permissions.
 */
@IntegrationTest
class RosterContractTest {

    @Autowired Roster roster;
    @Autowired JdbcClient jdbc;

    @Test
    void theRosterOf2023HoldsTheSeeds78Units() {
        assertThat(roster.members(2023)).hasSize(78);
        assertThat(roster.members(2023)).filteredOn(m -> m.category() == Roster.Category.TOWNSHIP).hasSize(13);
        assertThat(roster.unitIds(2023)).doesNotContain(1L, 2L, 3L).contains(4L, 44L, 90L, 97L);
        assertThat(roster.contains(2023, 2L)).isFalse();
        assertThat(roster.contains(2023, 5L)).isTrue();
        assertThat(roster.members(2019)).isEmpty();
    }

    @Test
    void theNewRolesCarryTheirPermissions() {
        assertThat(jdbc.sql("SELECT permission FROM role_permission WHERE role_id = 15").query(String.class).list())
                .containsExactly("learning:take");
        assertThat(jdbc.sql("SELECT data_scope FROM app_role WHERE code = 'PETITION_OFFICER'").query(String.class)
                .single()).isEqualTo("DISTRICT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM role_permission WHERE role_id = 2 AND permission = 'reported:approve'")
                .query(Long.class).single()).isEqualTo(1L);
    }
}
