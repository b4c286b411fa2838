/**
 * The machinery every codec shares: {@link kg.kichi.json.internal.codec.Codec}; the {@link kg.kichi.json.internal.codec.Cursor}
 * over the parser, which collects problems with JSON Pointers (built only when a problem is reported) instead of
 * throwing; {@link kg.kichi.json.internal.codec.Members}, the members an object codec declares once, each through a typed
 * handle that the codec keeps, and {@link kg.kichi.json.internal.codec.Fields}, which reads an object's members in one pass
 * straight from the parser and gives each value back by its handle; and the codecs of JSON's own values
 * ({@link kg.kichi.json.internal.codec.Scalars}). No tree is built on the way: the unknown members a lenient read keeps are
 * copied token by token ({@link kg.kichi.json.internal.codec.Trees}).
 */
package kg.kichi.json.internal.codec;
