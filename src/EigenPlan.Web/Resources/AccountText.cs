namespace EigenPlan.Web.Resources;

/// <summary>
/// Mijn gegevens, the device list, a new code, deleting the plan, looking again (a new round) and the privacy page
/// (its short version; the full text stays Dutch). Same pattern as <see cref="SiteText"/>: AccountText.resx is the Dutch
/// source, .en/.tr/.pl/.ar the translations, still to be checked by a native speaker.
/// </summary>
public sealed class AccountText;
