/**
 * The machinery every codec shares: {@link kg.kichi.json.internal.codec.Codec}; the {@link kg.kichi.json.internal.codec.Cursor}
 * over the parser, which collects problems ({@link kg.kichi.json.internal.codec.Problems}) with JSON Pointers
 * (Jackson's {@link tools.jackson.core.JsonPointer}, built only when a problem is reported) instead of throwing; and
 * the codecs of JSON's own values ({@link kg.kichi.json.internal.codec.Scalars}).
 *
 * <p>An object of the model with a builder is read and written by an {@link kg.kichi.json.internal.codec.ObjectCodec},
 * declared one line per member: adding a member to the model is one line there. Codecs with logic across members
 * (a rule's parameters, which its type decides; values built by a factory) declare a table of
 * {@link kg.kichi.json.internal.codec.Members} and take each value from {@link kg.kichi.json.internal.codec.Fields},
 * which reads an object's members in one pass straight from the parser. No tree is built on the way: the unknown
 * members a lenient read keeps are copied token by token ({@link kg.kichi.json.internal.codec.JsonText}).
 */
package kg.kichi.json.internal.codec;
