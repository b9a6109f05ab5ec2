import { getTranslations } from "@/lib/i18n/server";
import { assignAdviser, endAssignment, linkMunicipality, unlinkMunicipality } from "@/lib/users/membership-actions";
import type { MunicipalityChoiceDTO, UserDetailDTO } from "@/lib/users/queries";
import { ActionForm } from "./action-form";
import { HistoryTable } from "./history-table";
import { inputClass, labelClass, sectionClass } from "./styles";

/** `editable` false: the user no longer has the role, only the history is shown. */
type Props = { user: UserDetailDTO; municipalities: MunicipalityChoiceDTO[]; editable: boolean };

/** A civil servant's municipality: link (ends the old membership), unlink, and the history. */
export async function MembershipSection({ user, municipalities, editable }: Props) {
  const t = await getTranslations("admin.users");
  const current = user.memberships.find((m) => m.validTo === null);
  const target = { id: user.id, version: user.version };
  return (
    <section aria-labelledby="membership-heading" className={sectionClass}>
      <h2 id="membership-heading" className="text-2xl font-semibold">{t("membershipHeading")}</h2>
      <p className="mt-2">{current ? t("currentMunicipality", { name: current.municipalityName }) : t("noMunicipality")}</p>
      {editable ? (
      <ActionForm action={linkMunicipality} hidden={target} submitLabel={current ? t("relink") : t("link")} success={t("saved")} label={t("membershipHeading")}>
        <label htmlFor="link-municipality" className={labelClass}>{t("municipality")}</label>
        <select id="link-municipality" name="municipalityCode" required defaultValue="" className={`${inputClass} max-w-md`}>
          <option value="" disabled>{t("chooseMunicipality")}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>{m.name}</option>
          ))}
        </select>
      </ActionForm>
      ) : null}
      {editable && current ? (
        <ActionForm action={unlinkMunicipality} hidden={target} submitLabel={t("unlink")} label={t("unlink")} confirm={{ prompt: t("unlinkConfirm", { name: current.municipalityName }), yes: t("unlinkYes"), cancel: t("cancel") }} />
      ) : null}
      <HistoryTable rows={user.memberships} caption={t("membershipHistory")} />
    </section>
  );
}

/** An adviser's municipalities: assign (takes over from the current adviser), end, and the history. */
export async function AssignmentSection({ user, municipalities, editable }: Props) {
  const t = await getTranslations("admin.users");
  const current = user.assignments.filter((a) => a.validTo === null);
  const target = { id: user.id, version: user.version };
  return (
    <section aria-labelledby="assignment-heading" className={sectionClass}>
      <h2 id="assignment-heading" className="text-2xl font-semibold">{t("assignmentHeading")}</h2>
      {current.length === 0 ? <p className="mt-2">{t("noAssignments")}</p> : null}
      <ul className="mt-3 divide-y divide-line">
        {current.map((a) => (
          <li key={a.municipalityCode} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <span>{a.municipalityName}</span>
            {editable ? (
            <ActionForm
              action={endAssignment}
              hidden={{ ...target, municipalityCode: a.municipalityCode }}
              submitLabel={t("endAssignment")}
              label={t("endAssignmentFor", { name: a.municipalityName })}
              compact
              confirm={{ prompt: t("endAssignmentConfirm", { name: a.municipalityName }), yes: t("endAssignmentYes"), cancel: t("cancel") }}
            />
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <>
      <h3 className="mt-6 text-lg font-semibold">{t("assignTitle")}</h3>
      <p className="text-sm text-muted">{t("assignHint")}</p>
      <ActionForm action={assignAdviser} hidden={target} submitLabel={t("assign")} success={t("saved")} label={t("assignTitle")}>
        <label htmlFor="assign-municipality" className={labelClass}>{t("municipality")}</label>
        <select id="assign-municipality" name="municipalityCode" required defaultValue="" className={`${inputClass} max-w-md`}>
          <option value="" disabled>{t("chooseMunicipality")}</option>
          {municipalities
            .filter((m) => m.isGids)
            .map((m) => (
              <option key={m.code} value={m.code}>
                {m.adviserName ? t("municipalityWithAdviser", { name: m.name, adviser: m.adviserName }) : t("municipalityUnassigned", { name: m.name })}
              </option>
            ))}
        </select>
      </ActionForm>
        </>
      ) : null}
      <HistoryTable rows={user.assignments} caption={t("assignmentHistory")} />
    </section>
  );
}
