package org.colophon.counter;

import org.colophon.counter.SushiCredentialService.IssuedCredentials;
import org.colophon.links.Links;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues an institution's SUSHI credentials (platform admins only, under the admin API's
 * rules): the answer is the only place the API key is ever shown.
 */
@RestController
class SushiCredentialController {

	private final SushiCredentialService credentials;

	SushiCredentialController(SushiCredentialService credentials) {
		this.credentials = credentials;
	}

	@PostMapping(Links.API_SUSHI_CREDENTIALS)
	ResponseEntity<IssuedCredentials> submitCredentials(@PathVariable long id) {
		IssuedCredentials issued = this.credentials.issue(id);
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(issued);
	}

}
