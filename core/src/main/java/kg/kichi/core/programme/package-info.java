/**
 * Donor programmes ({@link kg.kichi.core.programme.DonorProgramme}): a donor's funding instrument, possibly the child of
 * another (a country scheme under a worldwide instrument). Projects refer to the programme that funds them.
 */
package kg.kichi.core.programme;
