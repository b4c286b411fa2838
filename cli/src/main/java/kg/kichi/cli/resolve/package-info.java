/**
 * kichi resolve: place mentions and addresses resolved through the gazetteer, with candidates and chains.
 */
package kg.kichi.cli.resolve;
