import JourneyModel

/// Which score each action of a stage is written with.
///
/// For each action (an item of a lane of kind actions), in order:
/// 1. the emotion the reader paired with it (extension `mermaid`/`task` naming the action);
/// 2. otherwise the first emotion of the stage for exactly the action's personas;
/// 3. otherwise the mean of the stage's emotions for any of the action's personas (for an action
///    without personas, of all the stage's emotions);
/// 4. otherwise none: the task is written with Mermaid's neutral 3.
///
/// A stage with emotions and no actions is written as one task per emotion, named by its text.
struct TaskPairing {
    /// A task to write: its name, actors and score source.
    struct Task {
        var item: Item
        /// The emotion whose score is written, when one fits alone.
        var emotion: Item?
        /// The emotions averaged, when several fit.
        var averaged: [Item] = []
    }

    var tasks: [Task] = []
    /// The stage's emotions no task uses.
    var unused: [Item] = []

    init(stage: Stage, laneKinds: [String: LaneKind]) {
        func isKind(_ item: Item, _ kind: LaneKind, _ itemKind: ItemKind) -> Bool {
            laneKinds[item.laneID].map { $0 == kind } ?? (item.kind == itemKind)
        }
        let actions = stage.items.filter { isKind($0, .actions, .action) }
        let emotions = stage.items.filter { isKind($0, .emotions, .emotion) }
        guard !actions.isEmpty else {
            tasks = emotions.map { Task(item: $0, emotion: $0) }
            return
        }
        // Indexed once, so that pairing is linear in the stage's items: no pass over the emotions
        // per action (a stage can hold thousands of each).
        var linkedTo: [String: Item] = [:]
        var forPersonas: [Set<String>: Item] = [:]
        for emotion in emotions {
            if let task = emotion.extensions[MapBuilder.namespace, "task"], linkedTo[task] == nil {
                linkedTo[task] = emotion
            }
            let personas = Set(emotion.personaIDs)
            if forPersonas[personas] == nil { forPersonas[personas] = emotion }
        }
        var sharingByPersonas: [Set<String>: [Item]] = [:]
        var used: Set<String> = []
        for action in actions {
            let personas = Set(action.personaIDs)
            if let linked = linkedTo[action.id] ?? forPersonas[personas] {
                used.insert(linked.id)
                tasks.append(Task(item: action, emotion: linked))
                continue
            }
            // The same personas share one list: computed and marked used once.
            let sharing =
                sharingByPersonas[personas]
                ?? emotions.filter {
                    $0.score != nil && (personas.isEmpty || !personas.isDisjoint(with: $0.personaIDs))
                }
            if sharingByPersonas[personas] == nil {
                sharingByPersonas[personas] = sharing
                used.formUnion(sharing.map(\.id))
            }
            tasks.append(Task(item: action, emotion: nil, averaged: sharing))
        }
        unused = emotions.filter { !used.contains($0.id) }
    }
}
