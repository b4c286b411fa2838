/**
 * Projects ({@link kg.kichi.core.project.Project}): actions a programme funds, with the organisations taking part
 * ({@link kg.kichi.core.project.Participation}, in IATI's {@link kg.kichi.core.project.ParticipationRole roles}), their
 * activities and the targets a source states ({@link kg.kichi.core.project.StatedTarget}, exact unless the source says
 * "about").
 *
 * <p>A project may re-grant part of its money through calls for proposals; an organisation holds a role at most once
 * and a project has at most one lead.
 */
package kg.kichi.core.project;
