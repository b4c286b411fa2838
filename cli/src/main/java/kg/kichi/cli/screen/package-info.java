/**
 * kichi screen: each application's eligibility verdict with its failed, unknown and warning rules.
 */
package kg.kichi.cli.screen;
