/**
 * The machinery every codec shares: {@link kg.kichi.json.internal.codec.Codec}; the {@link kg.kichi.json.internal.codec.Cursor}
 * over the parser, which collects problems ({@link kg.kichi.json.internal.codec.Problems}) with JSON Pointers
 * (Jackson's {@link tools.jackson.core.JsonPointer}, built only when a problem is reported) instead of throwing; and
 * the codecs of JSON's own values ({@link kg.kichi.json.internal.codec.Scalars}).
 *
 * <p>Every JSON object of the model is read and written by a codec declared one line per member, which drives both
 * reading and writing, so that <b>adding a member to a model type is one line in its codec</b>:
 * <ul>
 *   <li>an object with a builder: {@link kg.kichi.json.internal.codec.ObjectCodec}, one line per member naming its
 *       codec, getter and setter ({@code .optional("envelope", MoneyCodec.INSTANCE, Lot::getEnvelope,
 *       Lot.Builder::envelope)}); a builder made from some members (a rule's type and id) takes them as
 *       {@link kg.kichi.json.internal.codec.Member}s first;</li>
 *   <li>a value built by a factory ({@code Money.of(amount, currency)}):
 *       {@link kg.kichi.json.internal.codec.FactoryCodec}, one {@link kg.kichi.json.internal.codec.Member} per
 *       argument of the factory, in order;</li>
 *   <li>a family told apart by one member ({@code "kind": "nationwide"}):
 *       {@link kg.kichi.json.internal.codec.VariantCodec}, one codec per kind;</li>
 *   <li>the document's envelope, whose members are the catalogue's ({@code id}, {@code title}…):
 *       {@link kg.kichi.json.internal.model.Envelope#MEMBERS}, one line per member naming its codec, the
 *       {@code Catalogue} getter that writes it and the {@code Catalogue.Builder} setter that reads it
 *       ({@link kg.kichi.json.internal.model.EnvelopeMembers}). Those members come in any order, interleaved with
 *       the collections a document streams, so {@link kg.kichi.json.internal.model.Envelope} takes them one at a
 *       time and sets them on the catalogue's builder at the end; the format's own members ({@code $schema},
 *       {@code formatVersion}) are read and written there, not declared.</li>
 * </ul>
 * They share one engine: {@link kg.kichi.json.internal.codec.MemberValues} reads an object's members in one pass
 * straight from the parser into the slots of a {@link kg.kichi.json.internal.codec.MemberTable}, and reports
 * unknown members, required ones missing, and the violations the builder or factory throws, each at its pointer.
 * No tree is built on the way: the unknown members a lenient read keeps are copied token by token
 * ({@link kg.kichi.json.internal.codec.JsonText}) and written back by {@link kg.kichi.json.internal.codec.Extensions}.
 */
package kg.kichi.json.internal.codec;
