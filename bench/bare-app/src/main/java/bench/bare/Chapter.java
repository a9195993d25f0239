package bench.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * One table, so that Hibernate maps something.
 */
@Entity
public class Chapter {

	@Id
	private String id;

	private String title;

	protected Chapter() {
	}

	public String getTitle() {
		return this.title;
	}

}
