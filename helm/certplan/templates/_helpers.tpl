{{- define "certplan.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "certplan.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "certplan.plannerName" -}}
{{- printf "%s-planner" (include "certplan.fullname" . | trunc 55 | trimSuffix "-") }}
{{- end }}

{{- define "certplan.selectorLabels" -}}
app.kubernetes.io/name: {{ include "certplan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "certplan.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "certplan.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "certplan.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "certplan.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "certplan.image" -}}
{{- $repo := .Values.image.repository }}
{{- if .Values.image.registry }}{{ $repo = printf "%s/%s" .Values.image.registry $repo }}{{ end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repo .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repo (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* A configuration property name as the environment variable SmallRye Config maps it to. */}}
{{- define "certplan.envName" -}}
{{- regexReplaceAll "[^A-Za-z0-9]" . "_" | upper }}
{{- end }}

{{- define "certplan.jwtKeyPath" -}}
/etc/certplan/jwt/{{ .Values.auth.jwt.publicKeySecret.key }}
{{- end }}

{{/*
The pod spec shared by the API Deployment and the planner StatefulSet.
Call with (dict "root" $ "component" "api|planner" "resources" ... "extraEnv" ...).
*/}}
{{- define "certplan.podSpec" -}}
{{- $root := .root }}
{{- $v := $root.Values -}}
serviceAccountName: {{ include "certplan.serviceAccountName" $root }}
automountServiceAccountToken: false
{{- with $v.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $v.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
terminationGracePeriodSeconds: {{ $v.terminationGracePeriodSeconds }}
securityContext:
  {{- toYaml $v.podSecurityContext | nindent 2 }}
containers:
  - name: certplan
    image: {{ include "certplan.image" $root | quote }}
    imagePullPolicy: {{ $v.image.pullPolicy }}
    ports:
      - name: http
        containerPort: 8080
        protocol: TCP
      - name: management
        containerPort: 9000
        protocol: TCP
    envFrom:
      - configMapRef:
          name: {{ include "certplan.fullname" $root }}
    env:
      - name: QUARKUS_DATASOURCE_JDBC_URL
        valueFrom:
          secretKeyRef:
            name: {{ $v.database.existingSecret }}
            key: {{ $v.database.urlKey }}
      - name: QUARKUS_DATASOURCE_USERNAME
        valueFrom:
          secretKeyRef:
            name: {{ $v.database.existingSecret }}
            key: {{ $v.database.usernameKey }}
      - name: QUARKUS_DATASOURCE_PASSWORD
        valueFrom:
          secretKeyRef:
            name: {{ $v.database.existingSecret }}
            key: {{ $v.database.passwordKey }}
      {{- if and (eq .component "api") $v.planner.enabled }}
      # The planner pod runs the scheduled jobs. A replica whose job is "off" would pause the job's trigger in the
      # shared Quartz store for every replica, so API replicas do not start a scheduler at all.
      - name: QUARKUS_SCHEDULER_ENABLED
        value: "false"
      {{- else }}
      - name: CERTPLAN_REPLANNING_CRON
        value: {{ if $v.replanning.enabled }}{{ $v.replanning.cron | quote }}{{ else }}"off"{{ end }}
      {{- end }}
      {{- with .extraEnv }}
      {{- toYaml . | nindent 6 }}
      {{- end }}
    startupProbe:
      httpGet:
        path: /q/health/started
        port: http
      periodSeconds: {{ $v.probes.startup.periodSeconds }}
      timeoutSeconds: {{ $v.probes.startup.timeoutSeconds }}
      failureThreshold: {{ $v.probes.startup.failureThreshold }}
    livenessProbe:
      httpGet:
        path: /q/health/live
        port: http
      periodSeconds: {{ $v.probes.liveness.periodSeconds }}
      timeoutSeconds: {{ $v.probes.liveness.timeoutSeconds }}
      failureThreshold: {{ $v.probes.liveness.failureThreshold }}
    readinessProbe:
      httpGet:
        path: /q/health/ready
        port: http
      periodSeconds: {{ $v.probes.readiness.periodSeconds }}
      timeoutSeconds: {{ $v.probes.readiness.timeoutSeconds }}
      failureThreshold: {{ $v.probes.readiness.failureThreshold }}
    resources:
      {{- toYaml .resources | nindent 6 }}
    securityContext:
      {{- toYaml $v.securityContext | nindent 6 }}
    volumeMounts:
      - name: tmp
        mountPath: /tmp
      {{- if $v.auth.jwt.publicKeySecret.name }}
      - name: jwt-key
        mountPath: /etc/certplan/jwt
        readOnly: true
      {{- end }}
volumes:
  - name: tmp
    emptyDir:
      sizeLimit: 256Mi
  {{- if $v.auth.jwt.publicKeySecret.name }}
  - name: jwt-key
    secret:
      secretName: {{ $v.auth.jwt.publicKeySecret.name }}
      items:
        - key: {{ $v.auth.jwt.publicKeySecret.key }}
          path: {{ $v.auth.jwt.publicKeySecret.key }}
  {{- end }}
{{- with $v.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with $v.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
