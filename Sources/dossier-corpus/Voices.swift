/// What council spokespeople say: sentences a councillor, director or chief executive
/// might offer after a visit. `%C` stands for the council's short name.
enum Voices {
    static let welcoming = [
        "The positive comments in the report from inspectors are very welcome.",
        "We appreciate their recognition that we are continuing to move in the right direction.",
        "It is pleasing that Ofsted has recognised the hard work of our social workers and managers.",
        "This is a much improved position for the council compared to where we were two years ago.",
        "Our staff have worked incredibly hard and they deserve every bit of this praise.",
        "I want to thank every social worker, manager and partner who has made this possible.",
        "Children and families in %C deserve the very best services and this letter shows we are getting there.",
        "We are delighted that our back to basics training programme continues to be highlighted as a positive move.",
    ]
    static let accepting = [
        "We have accepted all of the feedback provided by the inspectors during the course of this visit.",
        "We are not complacent and we agree with the inspectors that there is still a lot to do.",
        "We were aware of what we need to do to improve and this visit has reinforced that.",
        "There are robust plans in place and we are determined to keep striving to ensure that our children get the very best help.",
        "We are already well along the road towards making the suggested improvements, although of course we recognise there is some way still to go.",
        "I think it is important to highlight there were no safety concerns raised in the letter.",
        "The areas the inspectors identified were already known to us and are priorities in our improvement plan.",
        "We will be working closely with our partners across %C to make the changes needed as quickly as possible.",
        "I am disappointed by the findings, but I am confident that our new senior management team will deliver, given time.",
    ]

    static func lines(_ r: inout SplitMix, council: String, welcoming share: Int, accepting more: Int) -> [String] {
        (r.sample(welcoming, share) + r.sample(accepting, more)).map {
            $0.replacingOccurrences(of: "%C", with: council)
        }
    }
}
