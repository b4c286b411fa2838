/**
 * kichi select: ranking, funding line, reserve list, regional counts and every decision of a call's or lot's
 * selection.
 */
package kg.kichi.cli.select;
