/**
 * Helpers shared by Kichi's modules, not part of the API: the module exports this package only to
 * {@code kg.kichi.json}.
 */
package kg.kichi.core.internal;
