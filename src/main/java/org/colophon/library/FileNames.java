package org.colophon.library;

import java.time.LocalDate;

import org.colophon.access.HoldingsService.InstitutionSummary;

/**
 * File names by the KBART convention, {@code Provider_Region_Package_YYYY-MM-DD.ext},
 * which the MARC files follow too.
 */
final class FileNames {

	static final String PROVIDER = "Colophon";

	static final String GLOBAL = "Global";

	private FileNames() {
	}

	static String of(String region, String packageName, LocalDate day, String extension) {
		return PROVIDER + "_" + region + "_" + packageName + "_" + day + "." + extension;
	}

	/**
	 * An institution's name as the region part: the ASCII letters and digits of its
	 * words, each word capitalised, or {@code Institution<id>} when none are left.
	 */
	static String region(InstitutionSummary institution) {
		StringBuilder name = new StringBuilder();
		for (String word : institution.name().split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
			}
		}
		return name.isEmpty() ? "Institution" + institution.id() : name.toString();
	}

}
