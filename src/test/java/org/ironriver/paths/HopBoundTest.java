package org.ironriver.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ironriver.problems.BadRequestException;
import org.junit.jupiter.api.Test;

class HopBoundTest {

	@Test
	void the_marked_bound_is_replaced_by_the_validated_integer_and_nothing_else() {
		var cypher = "MATCH p = (a) ((x)-[r]-(y)){1,/*maxHops*/4} (b) RETURN 4";
		assertThat(HopBound.apply(cypher, 6)).isEqualTo("MATCH p = (a) ((x)-[r]-(y)){1,/*maxHops*/6} (b) RETURN 4");
	}

	@Test
	void absent_means_four_and_outside_one_to_six_is_rejected() {
		assertThat(HopBound.validate(null)).isEqualTo(4);
		assertThat(HopBound.validate(6)).isEqualTo(6);
		assertThatThrownBy(() -> HopBound.validate(7)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining("between 1 and 6");
		assertThatThrownBy(() -> HopBound.validate(0)).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> HopBound.apply("MATCH (n) RETURN n", 3)).isInstanceOf(IllegalStateException.class);
	}

}
