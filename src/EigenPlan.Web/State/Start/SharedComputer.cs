namespace EigenPlan.Web.State.Start;

/// <summary>Words for the "Dit is een gedeelde computer" choice on the start and continue forms.</summary>
public static class SharedComputer
{
    public const string Hint = "Bijvoorbeeld in de bibliotheek of bij iemand anders. Je plan blijft dan alleen open tot je de browser sluit, en hooguit 12 uur.";
}
