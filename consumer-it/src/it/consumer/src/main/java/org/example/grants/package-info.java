/**
 * A stand-in for a user's application that depends on Kichi through its BOM: {@link org.example.grants.GrantsApp}
 * builds, validates, reads and writes with kichi-core, kichi-io-json and kichi-examples, and
 * {@link org.example.grants.AwardForm} is the application's own form, with a message from its own
 * {@code ValidationMessages.properties} beside one of Kichi's constraints. The consumer's tests run it on the class
 * path and on the module path.
 */
package org.example.grants;
