/**
 * kichi report: what each dataset holds, where its grants take place and who is behind them; only stated
 * facts are counted.
 */
package kg.kichi.cli.report;
