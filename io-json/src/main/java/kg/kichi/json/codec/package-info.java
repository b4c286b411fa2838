/**
 * The machinery every codec shares: {@link kg.kichi.json.codec.Codec}, the {@link kg.kichi.json.codec.Cursor}
 * and {@link kg.kichi.json.codec.Fields} that collect problems with their JSON Pointers instead of throwing, and
 * the codecs of JSON's own values ({@link kg.kichi.json.codec.Scalars}).
 */
package kg.kichi.json.codec;
