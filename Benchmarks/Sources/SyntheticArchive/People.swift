/// Names and affiliations synthetic speakers and authors are made of: plain ASCII capitalized
/// words (the ELLIS speaker-line shape), a few with accents to exercise diacritics folding.
enum People {
    static let firstNames = [
        "Anna", "Bernhard", "Liangze", "Zachary", "Kaiyue", "Nils", "Yedi", "Rahim", "Ting", "Thomas",
        "Maria", "Jonas", "Sofia", "Lukas", "Elena", "Marco", "Chiara", "David", "Sarah", "Ahmed",
        "Wei", "Yuki", "Priya", "Arjun", "Olga", "Ivan", "Léa", "Hugo", "Inès", "Mateo", "Noor", "Omar",
        "Greta", "Felix", "Clara", "Jakob", "Mei", "Hana", "Samuel", "Ruth", "Tomás", "Zoë",
    ]
    static let lastNames = [
        "Mehlig", "Jiang", "Shinnick", "Wen", "Walter", "Zhang", "Entezari", "Han", "Heap", "Müller",
        "Schmidt", "Rossi", "Bianchi", "García", "Martín", "Dubois", "Laurent", "Novak", "Kowalski",
        "Nielsen", "Larsen", "Virtanen", "Tanaka", "Suzuki", "Kim", "Park", "Chen", "Wang", "Li", "Liu",
        "Singh", "Patel", "Okafor", "Mensah", "Silva", "Santos", "Cohen", "Levi", "Ivanova", "Petrov",
        "Andersson", "Berg", "Keller", "Fischer", "Weber", "Costa", "Moreau", "Ferrari", "Öztürk", "Nagy",
    ]
    static let affiliations = [
        "EPFL, Switzerland", "Stanford University, USA", "University of Gothenburg, Sweden",
        "CISPA Helmholtz Center for Information Security, Germany", "University College London, UK",
        "Lamarr Institute, TU Dortmund, Germany", "Adelaide University, Australia", "ETH Zurich, Switzerland",
        "University of Oxford, UK", "University of Cambridge, UK", "Max Planck Institute for Intelligent Systems, Germany",
        "Inria, France", "University of Amsterdam, Netherlands", "KTH Royal Institute of Technology, Sweden",
        "University of Tübingen, Germany", "Mila, Université de Montréal, Canada", "University of Toronto, Canada",
        "MIT, USA", "Princeton University, USA", "Tsinghua University, China", "University of Tokyo, Japan",
        "ISTA, Austria", "Aalto University, Finland", "Politecnico di Milano, Italy", "Wayve.ai",
    ]
}
