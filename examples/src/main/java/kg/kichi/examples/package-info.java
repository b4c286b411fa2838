/**
 * The five seed press releases as Kichi fixtures: {@link kg.kichi.examples.ExampleCatalogues} returns them typed,
 * {@link kg.kichi.examples.ExampleDataset} names them and their JSON resources.
 *
 * <h2>How the seeds were encoded</h2>
 * <ul>
 *   <li><b>Only what a seed says.</b> No seed gives an amount, a deadline or a registry number, so no fixture has
 *       one; organisations carry local identifiers {@code XI-KICHI-<slug>}. Dates keep the seed's precision:
 *       "в феврале 2021" is {@code 2021-02}, "3-март 2018" is {@code 2018-03-03}.</li>
 *   <li><b>One organisation, one identifier</b> in every fixture. Merged across seeds 000 (ru) and 001 (ky), where
 *       the Kyrgyz name is the exact translation of the Russian one and the legal form is the same: Нарынский центр
 *       экономического развития = Нарын экономикалык өнүктүрүү борбору ({@code naryn-edc}); Фонд глобальных
 *       перемен = Глобалдык өзгөрүүлөр фонду ({@code global-change-fund}); Инсан-Лейлек ({@code insan-leilek});
 *       Сельская жизнь = Айылдык жашоо ({@code rural-life}). Each fixture names an organisation only in the
 *       languages its own seed uses. The European Union is {@code european-union} everywhere.</li>
 *   <li><b>One project, one identifier</b>: the EU project «Открытые сообщества – открытые СМИ» of seed 000 is the
 *       project "Ачык коомчулук – ачык маалымат каражаттары" of seed 004 ({@code open-communities-open-media}); the
 *       2021 mini-grant contest falls inside its period (2019-11 to 2021-12).</li>
 *   <li><b>Places</b> are ISO 3166-2 codes for oblasts and the cities of Bishkek and Osh, SOATE codes from the
 *       Kyrgyzstan gazetteer for districts, towns and aiyl aimaks; "all oblasts" is nationwide. In seed 002 each
 *       grant stands under an oblast heading: a grant with a locality the gazetteer tells apart gets that
 *       locality; a bare name that is both an aiyl aimak (or district) and its centre gets the larger unit, which
 *       contains every reading (Тепе-Коргон, Терек-Сай, Кара-Кулжа); a grant whose locality cannot be told apart
 *       (ЖАБ-1 / МТУ-1, Жаңы-Жол) gets its heading's oblast, which is what the seed does say. Where a seed names
 *       no place, coverage is {@code not-stated}.</li>
 *   <li><b>Stated numbers</b> ("150 activists", "около 200 гражданских активистов", "21 коомдук кеңеш") are
 *       {@code StatedTarget}s with the seed's words; "около" marks them approximate.</li>
 *   <li><b>Seed 002</b> gives the same 25 civil-society grants in Kyrgyz, Russian and English: one grant each,
 *       titled and described in all three. The 25 grants to local self-government bodies are a planned lot the
 *       seed does not list, so the fixture has the lot and no grants in it.</li>
 * </ul>
 */
package kg.kichi.examples;
