extension TopicLexicon {
    /// The words that stand for each area and sub-theme of the group's topic list, beyond the
    /// list's own words (which `Topic.from` splits out and the matcher adds as weak evidence).
    ///
    /// Written from the topic list's text and general machine-learning vocabulary (textbook terms,
    /// the standard names of methods and method families) that a new week's talk would use as
    /// well; not a list of this archive's records: no id or title, and phrases coined by one bundled
    /// talk or paper were taken out. Review it as data; the format:
    ///
    /// - `area: <heading>` starts an area, named as in the topic list; `theme: <line>` one of its
    ///   sub-themes, named by its line of the list (matched to the list by its words, so an edited
    ///   list keeps its lexicon). Entries before the first `theme:` belong to the area itself.
    /// - `strong:` entries are specific enough to assign the area alone (2 points); `weak:` ones
    ///   need company (1 point); `skip:` names words of the list itself too ambiguous to count alone
    ///   ("stability": of training, or algorithmic?). `TopicMatcher.Weights` says how a title counts
    ///   and how much an area needs.
    /// - Terms are compared by stems (`WordForms`): one form covers plurals and inflections
    ///   ("optimizer" finds "optimizers", "optimization", "optimise"), hyphens and spaces are the same,
    ///   and a two- or three-word term also finds its words written together ("fine tuning",
    ///   "finetuning"). A term of one word with two capitals or more ("SGD", "MoE", "LoRA") is an
    ///   acronym: it matches that word as written, its plural, and compounds ending in it
    ///   ("QLoRA", "AdaLoRA"). `a .. b` finds `b` within four words after `a`.
    static let text = #"""
    area: Optimization & Training Dynamics
      weak: optimization, convergence

    theme: Gradient-based methods: SGD vs GD, adaptive optimizers, Hessian-based methods
      strong: optimizer, optimization algorithm, optimization method, stochastic gradient descent, SGD, adaptive gradient,
              adaptive optimizer, adaptive learning rate, Adam, AdamW, RMSProp, Adagrad, Adafactor, Nesterov, Shampoo, KFAC,
              Muon, Lion optimizer, LARS, LAMB, learning rate schedule, learning rate warmup, layerwise learning rate,
              second-order optimization, second-order optimizer, second-order method, Hessian, Gauss-Newton, quasi-Newton,
              Newton method, natural gradient, Fisher information, empirical Fisher, preconditioner, preconditioning,
              zeroth-order optimization, derivative-free optimization, gradient estimation, gradient estimator,
              gradient variance, variance reduction, score function estimator, reparameterization trick, pathwise gradient,
              REINFORCE, stochastic optimization, momentum method, heavy ball, mirror descent, proximal gradient,
              sharpness-aware minimization, SAM
      weak: gradient descent, learning rate, step size, momentum, batch size, mini-batch, backpropagation, gradient-based,
            weight decay, gradient noise, first-order

    theme: Implicit regularization, convergence, and stationary points (local minima, saddles, valleys, mode connectivity)
      strong: implicit regularization, implicit bias, implicit regularisation, simplicity bias, spectral bias,
              convergence rate, convergence guarantee, convergence analysis, global convergence, linear convergence,
              stationary point, critical point, local minima, local minimum, global minimum, global minima,
              flat minima, sharp minima, wide minima, saddle, saddle point, escaping saddles, valley,
              loss basin, basin, mode connectivity, linear mode connectivity, permutation symmetry, max-margin,
              maximum margin, margin maximization
      weak: minima, plateau, symmetry breaking, converges to

    theme: Training trajectories: smoothness, loss landscape geometry, and overparameterization effects
      strong: training dynamics, learning dynamics, gradient dynamics, optimization dynamics, training trajectory,
              optimization trajectory, learning trajectory, gradient flow, loss landscape, loss surface, landscape geometry,
              flatness, sharpness, edge of stability, progressive sharpening, catapult, loss spike, training instability, unstable training,
              stable training, stable .. training, training stability, lazy training, lazy regime, rich regime,
              dynamical mean field theory, overparameterization, overparameterized, over-parameterization,
              over-parameterized, continuous-time limit,
              learning curve, deep linear network, teacher-student, student-teacher
      weak: trajectory, landscape, smoothness, dynamics of learning, learning speed, feature learning, loss curve

    theme: Benchmarks of training efficiency, distributed and collaborative learning
      strong: training efficiency, efficient training, training speedup, accelerate .. training, speed up .. training,
              faster training, faster convergence, training cost, compute-efficient training, distributed training,
              distributed optimization, data parallel, data parallelism, model parallelism, pipeline parallelism,
              federated learning, decentralized training, decentralized learning, communication-efficient,
              large-batch training, time-to-accuracy, wall-clock time, training benchmark, AlgoPerf
      weak: speedup, training time, training steps

    area: Generalization & Robustness
      strong: generalization error, generalization gap, generalization bound, test error,
              delayed generalization, generalize better, generalizes better, out-of-distribution generalization,
              Bayesian deep learning, Bayesian neural network, uncertainty estimation, uncertainty quantification,
              simplicity bias
      weak: generalization, generalize, overfitting, overfit, test loss, test accuracy, unseen, uncertainty, calibration,
            inductive bias

    theme: Double descent, benign overfitting, PAC-Bayes bounds, information-theoretic perspectives
      strong: double descent, epoch-wise double descent, benign overfitting, harmful overfitting, tempered overfitting,
              interpolation regime, interpolating, PAC-Bayes, PAC-Bayesian, VC dimension, Rademacher complexity,
              sample complexity, bias-variance, Kolmogorov complexity, minimum description length, information bottleneck,
              no free lunch, Occam, grokking, grok, neural collapse, flatness .. generalization,
              sharpness .. generalization, flat minima
      weak: information-theoretic, mutual information, compression, description length, complexity measure, norm-based, random features,
            random matrix theory, marginal likelihood

    theme: NTK vs finite networks, memorization, stability
      strong: neural tangent kernel, NTK, infinite width, infinite-width, finite width, finite-width, wide neural network,
              wide network, mean-field limit, kernel regime, tensor programs, memorization,
              label noise, noisy labels, corrupted labels, algorithmic stability, uniform stability
      weak: kernel regression, kernel limit, Gaussian process, mean field
      skip: stability

    theme: Invariance, equivariance, data augmentation, robustness, multi-task and continual learning
      strong: invariance, equivariance, equivariant, data augmentation, augmentation, adversarial robustness, robustness to,
              adversarial examples, adversarial attack, adversarial training, adversarially robust, certified robustness,
              input perturbations, distribution shift, out-of-distribution, OOD, domain shift, covariate shift,
              spurious correlations, multi-task learning, continual learning, lifelong learning, catastrophic forgetting,
              incremental learning, class-incremental, concept drift
      weak: robustness, invariant, adversarial, perturbation, forgetting, symmetry, corruption

    theme: Test-time adaptation, reconfiguration, and transfer learning
      strong: test-time adaptation, test-time training, transfer learning, transferability, domain adaptation,
              domain generalization, unsupervised domain adaptation, knowledge transfer, positive transfer,
              negative transfer, adapt to new tasks
      weak: transfer, downstream tasks, pretrained representations

    area: Architectures & Model Efficiency
      strong: model efficiency, efficient model, model compression, compress .. network, compress .. model, quantization,
              quantized, low-precision, low-bit, 4-bit, 8-bit, binarized, binary neural network, knowledge distillation,
              architecture design, network design, inductive biases of architectures, expressivity,
              expressive power, universal approximation, universal approximator, approximation theory, depth separation
      weak: architecture, network architecture, parameter count, compression, lightweight

    theme: Initialization, lottery tickets, subnetwork discovery, and sparsity
      strong: initialization scheme, weight initialization, Glorot, Xavier initialization, He initialization,
              orthogonal initialization, initial conditions, initialisation, dynamical isometry, signal propagation,
              edge of chaos, lottery ticket, lottery ticket hypothesis, winning ticket, subnetwork, sub-network,
              pruning, prune, pruned, pruning at initialization, structured pruning, magnitude pruning, channel pruning,
              sparsity, sparse network, sparse training, dynamic sparse training, sparse subnetworks, sparsification
      weak: initialization, sparse, rewinding

    theme: Efficient network architectures, neural architecture search (NAS), meta-learning
      strong: efficient architecture, efficient network, lightweight network, neural architecture search, NAS,
              meta-learning, hypernetwork, efficient attention, linear attention, sparse attention, attention mechanism,
              state space model, SSM, Mamba, structured matrices, low-rank factorization, weight sharing,
              parameter sharing, once-for-all, early exit, reservoir computing, echo state network, Hopfield network,
              normalization layer, parametrization, reparametrization, reparameterization, activation function
      weak: transformer, attention, self-attention, recurrent neural network, RNN, LSTM, graph neural network, GNN,
            multilayer perceptron, MLP, feedforward network, convolutional neural network, CNN, residual network, ResNet,
            batch normalization, layer normalization, ReLU, tanh, low-rank, depth

    theme: Multi-modal models, mixture-of-experts (MoEs), model merging, ensembling
      strong: multimodal, multi-modal, vision-language, vision language model, text-to-image, mixture of experts,
              mixture-of-experts, MoE, sparse experts, expert routing, model merging, merging models, merge models,
              weight averaging, model soups, task arithmetic, ensemble, ensembling, deep ensembles
      weak: routing

    theme: Scaling laws and their effect on efficiency and generalization
      strong: scaling law, neural scaling, compute-optimal, Chinchilla, power-law scaling, scaling behavior,
              scaling behaviour, scaling trend, scaling curves, test-time scaling, scaling exponent, emergent abilities
      weak: power law, foundation model, billion parameters, model size

    area: Emerging Paradigms & Practical Efficiency
      strong: practical efficiency, computational efficiency, efficient deep learning,
              efficient machine learning, efficient language model, efficient LLM, compute budget, inference cost
      weak: efficiency, efficient, cheap, cheaper, faster, fast, cost, budget, FLOPs, computational cost,
            computationally efficient

    theme: Low-resource and low-data machine learning
      strong: low-resource, low-data, data-efficient, data efficiency, data-efficient training, limited data, small data,
              scarce data, data scarcity, few examples, few samples, little data, limited resources, resource-constrained,
              resource constraints, limited compute, limited computational resources, data pruning, dataset pruning,
              data selection, coreset, dataset curation, data curation, dataset distillation, label efficiency,
              annotation budget
      weak: few-shot, few-shot learning, small subset, subsets of data, fraction of the data, less data, fewer samples

    theme: On-device learning, edge computing, hardware-aware training
      strong: on-device, on device, edge device, edge devices, edge computing, edge AI, mobile device, mobile devices,
              smartphone, microcontroller, TinyML, embedded devices, hardware-aware, commodity hardware,
              consumer hardware, consumer GPU, single GPU, CPU, local deployment,
              neuromorphic, FPGA, hardware efficiency, memory footprint, memory-efficient, memory efficiency,
              memory reduction, deployment cost, privacy-preserving, on-premise
      weak: hardware, deployment, privacy, GPU, accelerator, latency, memory usage

    theme: Resource-efficient ML paradigms: energy-efficient training, inference optimization
      strong: resource-efficient, energy efficiency, energy-efficient, energy consumption, power consumption,
              carbon emissions, carbon footprint, CO2, emissions, green AI, inference optimization, efficient inference,
              inference efficiency, inference speed, inference speedup, faster inference, inference latency,
              inference time, test-time compute, inference-time compute, KV cache, speculative decoding,
              fast .. generation, fast .. sampling, fast .. inference, efficient .. inference, efficient .. generation,
              efficient decoding, parameter-efficient,
              parameter-efficient fine-tuning, PEFT, LoRA, adapters, prompt tuning, fine-tuning budget, quantized LLM,
              4-bit quantization, quantization-aware training, post-training quantization, dynamic inference,
              reduce .. computational cost
      weak: fine-tuning, energy, throughput, speedup, acceleration, compute, computational overhead

    theme: Linking theoretical insights to design of scalable, sustainable ML systems
      strong: sustainable, sustainability, sustainable development, environmental impact, green computing,
              ML systems, machine learning systems, system design, scalable systems
      weak: scalable, environmental
    """#
}
