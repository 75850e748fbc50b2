// Objects of the kinds no built-in scenario ships, for the printer tests: each field chosen to exercise one rule
// of the apiserver's printers (an Ingress rule without a host, a service-account subject, an RC's map selector…).
export const KINDS_MANIFEST = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop, namespace: shop}
spec:
  ingressClassName: nginx
  tls: [{hosts: [shop.example.com], secretName: shop-tls}]
  rules:
  - host: shop.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}]}
  - host: api.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}]}
  - http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}]}
  - host: admin.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}]}
  - host: b.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: cart, port: {number: 80}}}}]}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: cart, namespace: shop}
spec: {minAvailable: "50%", selector: {matchLabels: {app: cart}}}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader, namespace: shop}
rules: [{apiGroups: [""], resources: [pods], verbs: [get, list]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: read-pods, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
subjects:
- {kind: User, name: jane, apiGroup: rbac.authorization.k8s.io}
- {kind: Group, name: devs, apiGroup: rbac.authorization.k8s.io}
- {kind: ServiceAccount, name: ci, namespace: build}
- {kind: User, name: joe, apiGroup: rbac.authorization.k8s.io}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: node-viewer}
rules: [{apiGroups: [""], resources: [nodes], verbs: [get]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: view-nodes}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-viewer}
subjects: [{kind: ServiceAccount, name: monitor, namespace: monitoring}]
---
apiVersion: v1
kind: ReplicationController
metadata: {name: legacy-web, namespace: legacy}
spec:
  replicas: 0
  selector: {app: legacy-web, tier: front}
  template:
    metadata: {labels: {app: legacy-web, tier: front}}
    spec: {containers: [{name: web, image: "nginx:1.25.4"}, {name: log, image: "busybox:1.36"}]}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: pv-manual}
spec:
  capacity: {storage: 5Gi}
  accessModes: [ReadWriteOnce, ReadOnlyMany]
  persistentVolumeReclaimPolicy: Recycle
  storageClassName: manual
  hostPath: {path: /data}
---
apiVersion: coordination.k8s.io/v1
kind: Lease
metadata: {name: leader, namespace: shop}
spec: {holderIdentity: cart-7d9f, leaseDurationSeconds: 15}
---
apiVersion: v1
kind: Service
metadata: {name: lb, namespace: shop}
spec:
  type: LoadBalancer
  clusterIP: 10.100.7.7
  selector: {app: cart, tier: web}
  externalIPs: [192.0.2.10]
  ports: [{name: http, port: 80, targetPort: 8080, nodePort: 30080, protocol: TCP}, {name: dns, port: 53, protocol: UDP, nodePort: 30053}]
---
apiVersion: v1
kind: Service
metadata: {name: ext, namespace: shop}
spec: {type: ExternalName, externalName: db.example.com}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fanout, namespace: shop}
spec:
  parallelism: 3
  suspend: true
  selector: {matchExpressions: [{key: batch, operator: In, values: [b, a]}, {key: gone, operator: DoesNotExist}]}
  manualSelector: true
  template:
    metadata: {labels: {batch: a}}
    spec: {restartPolicy: Never, containers: [{name: work, image: "busybox:1.36"}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: shop}
spec:
  schedule: "0 3 * * *"
  timeZone: Europe/Paris
  jobTemplate:
    spec:
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: dump, image: "postgres:16"}]}
`;

/** What a load balancer controller would write into the Service's status subresource. */
export const LB_STATUS = '{"status":{"loadBalancer":{"ingress":[{"hostname":"lb-1234567890.eu-west-1.elb.amazonaws.com"},{"ip":"203.0.113.7"}]}}}';
