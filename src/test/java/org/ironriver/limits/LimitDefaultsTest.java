package org.ironriver.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;

import org.ironriver.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * The defaults take real work: a monthly ATF listing is hundreds of MB, and no upload is
 * held in memory.
 */
@IntegrationTest
class LimitDefaultsTest {

	@Autowired
	MultipartConfigElement multipart;

	@Autowired
	LimitsProperties limits;

	@Test
	void an_upload_of_up_to_2gb_is_taken_and_spooled_to_disk_past_64kb() {
		assertThat(limits.uploadMaxSize()).isEqualTo(DataSize.ofGigabytes(2));
		assertThat(multipart.getMaxFileSize()).isEqualTo(DataSize.ofGigabytes(2).toBytes());
		assertThat(multipart.getMaxRequestSize()).isEqualTo(DataSize.ofGigabytes(2).toBytes());
		assertThat(multipart.getFileSizeThreshold()).isEqualTo(64 * 1024);
	}

	@Test
	void json_bodies_are_capped_at_1mb_and_sizes_read_as_people_write_them() {
		assertThat(limits.jsonMaxSize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(LimitsProperties.readable(DataSize.ofGigabytes(2))).isEqualTo("2GB");
		assertThat(LimitsProperties.readable(DataSize.ofKilobytes(4))).isEqualTo("4KB");
		assertThat(LimitsProperties.readable(DataSize.ofBytes(1500))).isEqualTo("1500B");
	}

}
