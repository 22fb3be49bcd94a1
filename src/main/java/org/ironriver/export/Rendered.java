package org.ironriver.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export ready to send or write: its bytes, content type and a file name. */
public record Rendered(byte[] bytes, String contentType, String fileName) {

	/**
	 * As a download: the file name in Content-Disposition, so a browser saves it under
	 * that name.
	 */
	public ResponseEntity<byte[]> response() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(bytes);
	}
}
